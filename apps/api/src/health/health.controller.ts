import { Controller, Get, Inject, Optional, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore, ReadStore } from '@pdr/application';
import { DeadlinesService, EVENT_STORE, EVENT_STORE_ADAPTER, ProjectionsService, READ_STORE, READ_STORE_ADAPTER } from '@pdr/platform';
import { DeadlineQueries } from '@pdr/read-side';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReadResponse } from '../http/api-responses';
import { LivenessDto, ReadinessDto } from './health.dto';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE_ADAPTER) private readonly eventStoreAdapter: string,
    @Inject(READ_STORE_ADAPTER) private readonly readStoreAdapter: string,
    private readonly deadlineQueries: DeadlineQueries,
    @Optional() private readonly projections?: ProjectionsService,
    @Optional() private readonly deadlines?: DeadlinesService,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiReadResponse(LivenessDto)
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get()
  @ApiOperation({
    summary: 'Readiness: up, degraded or down for anyone, and which projections are still catching up with the log as it was at start; each store, the projections and their lag for administrators',
  })
  @ApiReadResponse(ReadinessDto)
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'Not ready: a store, the scheduler or a projection is down, or a projection has not yet reached the head the log had at start' })
  async ready(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessDto> {
    const [eventStore, readStore] = await Promise.all([safely(() => this.eventStore.health()), safely(() => this.readStore.health())]);
    const projections = this.projections ? await this.projections.status() : undefined;
    const timers = this.deadlines ? await this.deadlines.status() : undefined;
    const scheduler = this.deadlines ? await safely(() => this.deadlines!.scheduler.health()) : { ok: true };
    // Ready only once every projection has reached the head the log had at start (read models served are then that fresh).
    const readiness = this.projections?.readiness();
    const catchingUp = readiness && !readiness.ready ? { headAtStart: readiness.headAtStart, behind: readiness.behind, ...(readiness.buildingIndexes ? { buildingIndexes: true } : {}) } : undefined;
    const projectionsReady = !projections || (!catchingUp && projections.projections.every((p) => (p.running || p.rebuilding) && !p.error));
    const ok = eventStore.ok && readStore.ok && projectionsReady && scheduler.ok;
    reply.status(ok ? 200 : 503);
    // Degraded (quarantined events, listed under projections) still serves: 200.
    const status = !ok ? 'unavailable' : projections?.status === 'degraded' ? 'degraded' : 'ok';
    // Which projections are behind and by how many positions: names and counts, nothing about anyone, so for anyone.
    // Paths, adapters and event ids tell an attacker what runs where: other details are for administrators only.
    if (!request.access?.principal?.roles.includes('administrator')) return { status, ...(catchingUp ? { catchingUp } : {}) };
    return {
      status,
      ...(catchingUp ? { catchingUp } : {}),
      eventStore: { adapter: this.eventStoreAdapter, ...eventStore },
      readStore: { adapter: this.readStoreAdapter, ...readStore },
      projections: projections ?? { runIn: 'worker' },
      deadlines: { pending: await this.deadlineQueries.count(), timers: timers ? { ...timers, ...scheduler } : { runIn: 'worker' } },
    };
  }
}

async function safely(check: () => Promise<{ ok: boolean; detail?: string }>): Promise<{ ok: boolean; detail?: string }> {
  try {
    return await check();
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
}
