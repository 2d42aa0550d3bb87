import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { ACCESS_POLICY } from '../../apps/api/src/access/access-policy';
import { type ApiHarness, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';

type Schema = { $ref?: string };
type Response = { content?: Record<string, { schema?: Schema }>; headers?: Record<string, Schema> };
type Operation = { parameters?: { name: string; in: string }[]; responses: Record<string, Response> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown>; headers: Record<string, unknown> } };

const PROBLEM = '#/components/schemas/Problem';

/**
 * The API contract as clients generate code from it: /openapi.json passes Redocly's recommended ruleset, and every
 * operation says what it answers on success and on refusal, with the headers a client relies on.
 */
describe('the OpenAPI contract', () => {
  let api: ApiHarness;
  let document: Document;
  let operations: { key: string; method: string; path: string; operation: Operation }[];

  beforeAll(async () => {
    api = await startApi();
    const served = await api.request('GET', '/openapi.json', { as: null });
    expect(served.status).toBe(200);
    document = served.body as Document;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, operation })),
    );
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it("passes Redocly's recommended ruleset without an error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    const warnings = problems.filter((problem) => problem.severity === 'warn');
    // Warnings are allowed (e.g. no license for a private service); their count shows in the test log.
    console.log(`Redocly recommended: ${errors.length} errors, ${warnings.length} warnings (${[...new Set(warnings.map((warning) => warning.ruleId))].join(', ')})`);
    expect(errors).toEqual([]);
  });

  it('every operation answers success with a schema', () => {
    const untyped = operations.filter(({ operation }) => !Object.entries(operation.responses).some(([status, response]) => status.startsWith('2') && response.content?.['application/json']?.schema));
    expect(untyped.map(({ key }) => key)).toEqual([]);
  });

  it('every handler documents the success status it answers with', () => {
    const mismatched: string[] = [];
    let handlers = 0;
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        if (!metatype) continue;
        const prototype = metatype.prototype as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const handler = prototype[name] as object;
          const method = typeof handler === 'function' ? Reflect.getMetadata(METHOD_METADATA, handler) : undefined;
          if (method === undefined) continue;
          handlers++;
          const status = String(Reflect.getMetadata(HTTP_CODE_METADATA, handler) ?? (method === RequestMethod.POST ? 201 : 200));
          const declared = Object.keys(Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {});
          if (!declared.includes(status)) mismatched.push(`${metatype.name}.${name} answers ${status}, documents ${declared.join(', ') || 'nothing'}`);
        }
      }
    }
    expect(handlers).toBe(operations.length);
    expect(mismatched).toEqual([]);
  });

  it('every refusal is a Problem; every non-public operation declares 401 and 403, every path parameter 404, every POST 400, 409, 413 and 422', () => {
    for (const { key, method, path, operation } of operations) {
      const isPublic = ACCESS_POLICY[`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`]?.public === true;
      const expected = [
        '401',
        '429',
        ...(isPublic ? [] : ['403']),
        ...(path.includes('{') ? ['404'] : []),
        ...(method === 'post' ? ['400', '409', '413', '422'] : []),
      ];
      const declared = Object.keys(operation.responses);
      expect({ key, missing: expected.filter((status) => !declared.includes(status)) }).toEqual({ key, missing: [] });
      const errors = Object.entries(operation.responses).filter(([status]) => /^[4]/.test(status));
      for (const [status, response] of errors) expect({ key, status, schema: response.content?.['application/json']?.schema?.$ref }).toEqual({ key, status, schema: PROBLEM });
    }
    expect(document.components.schemas.Problem).toMatchObject({ required: expect.arrayContaining(['statusCode', 'error', 'message']) });
  });

  it('every POST takes Idempotency-Key and If-Match, and answers with its ETag', () => {
    const posts = operations.filter(({ method }) => method === 'post');
    expect(posts.length).toBeGreaterThan(60);
    for (const { key, operation } of posts) {
      const headers = (operation.parameters ?? []).filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name);
      expect({ key, headers }).toEqual({ key, headers: expect.arrayContaining(['Idempotency-Key', 'If-Match']) });
    }
    // Only the clock, the quarantine retry and a public submission (held outside the log until confirmed) write no
    // stream, so they have no revision to send.
    const withoutEtag = posts.filter(({ operation }) => !Object.entries(operation.responses).some(([status, response]) => status.startsWith('2') && response.headers?.ETag));
    expect(withoutEtag.map(({ key }) => key).sort()).toEqual(['POST /admin/clock', 'POST /admin/projections/quarantine/retry', 'POST /programmes/{programmeId}/complaints']);
  });

  it('every response declares X-Correlation-Id and Cache-Control, and the server sends what the document says', async () => {
    for (const { key, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect({ key, status, headers: Object.keys(response.headers ?? {}) }).toEqual({ key, status, headers: expect.arrayContaining(['X-Correlation-Id', 'Cache-Control']) });
      }
    }
    const created = document.paths['/cases']!.post!.responses['201']!;
    expect(Object.keys(created.headers ?? {})).toEqual(expect.arrayContaining(['ETag', 'Location']));
    expect(Object.keys(document.paths['/cases/{caseId}']!.get!.responses['200']!.headers ?? {})).toContain('ETag');

    const filed = await api.request('POST', '/cases', { body: complaint(), as: STAFF });
    expect(filed.status).toBe(201);
    expect(filed.headers).toMatchObject({ etag: `"${filed.body.revision}"`, location: `/cases/${filed.body.caseId}`, 'x-correlation-id': expect.any(String), 'cache-control': 'no-store' });
    const refused = await api.request('GET', `/cases/${filed.body.caseId}`, { as: null });
    expect(refused).toMatchObject({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: expect.any(String) } });
    expect(refused.headers).toMatchObject({ 'x-correlation-id': expect.any(String), 'cache-control': 'no-store' });
  });
});
