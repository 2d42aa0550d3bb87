import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@pdr/application';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { caseIdPipe } from '../http/case-id.pipe';
import { Context } from '../http/request-context.decorator';
import { AccountCommands, type OpenedAccount } from './account-commands';
import { CloseAccountDto, ListAccountsDto, OpenAccountDto, PartyInvitationDto, PasswordDto } from './accounts.dto';
import { AccountQueries } from '@pdr/read-side';
import { PageOf } from '../http/page-of';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { CommandAcceptedDto } from '../http/command-response.dto';
import { AccountDto, OpenedAccountDto, SecretRotatedDto, WhoAmIDto } from './account-responses.dto';

const AccountPage = PageOf(AccountDto);

const accountIdPipe = new ParseUUIDPipe();

/** Credentials are answers to one request only: never cached anywhere on the way. */
function created(reply: FastifyReply, account: OpenedAccount): OpenedAccount {
  reply.header('cache-control', 'no-store').header('location', `/accounts/${account.accountId}`).header('etag', `"${account.revision}"`);
  return account;
}

/** Like every command: the account stream's new revision as ETag. */
function accepted<T extends { revision: number }>(reply: FastifyReply, outcome: T): T {
  reply.header('etag', `"${outcome.revision}"`);
  return outcome;
}

@ApiTags('accounts')
@ApiBearerAuth()
@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountCommands,
    private readonly directory: AccountQueries,
    private readonly consistency: ReadConsistency,
  ) {}

  @Get('accounts')
  @ApiOperation({ summary: 'The accounts of the embedded sign-in, by user name; closed ones on request (administrators)' })
  @ApiReadResponse(AccountPage)
  async list(@Query() params: ListAccountsDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof AccountPage>> {
    await this.consistency.honour(minPosition, reply);
    return this.directory.list({ page: params.page ?? 1, pageSize: params.pageSize ?? 25, includeClosed: params.includeClosed ?? false });
  }

  @Get('accounts/me')
  @ApiOperation({ summary: 'Who the access token says you are: subject, roles and bindings' })
  @ApiReadResponse(WhoAmIDto)
  me(@Req() request: FastifyRequest): WhoAmIDto {
    // Not a public operation: the guard let only a verified principal with an acting role through.
    const { principal, role } = request.access!;
    return { ...principal!, actingRole: role! };
  }

  @Post('accounts')
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a staff, Panelist, compliance or service account (administrators). A service account\'s client secret is shown once.' })
  @ApiCommandResponse(OpenedAccountDto, { status: 201, location: true })
  async open(@Body() body: OpenAccountDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpenedAccountDto> {
    const binding = body.panelist ? { kind: 'panelist' as const, panelistId: body.panelist.panelistId } : undefined;
    return created(reply, await this.accounts.open(context, { kind: body.kind, username: body.username, displayName: body.displayName, roles: body.roles, ...(binding ? { binding } : {}), ...(body.password ? { password: body.password } : {}) }));
  }

  @Post('cases/:caseId/party-invitations')
  @HttpCode(201)
  @ApiOperation({ summary: 'Invite a Party or its designated representative to one case: a credential bound to that case and side; its password is shown once (BBB-2.5, BBB-8.5)' })
  @ApiCommandResponse(OpenedAccountDto, { status: 201, location: true })
  async invite(@Param('caseId', caseIdPipe) caseId: string, @Body() body: PartyInvitationDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpenedAccountDto> {
    return created(reply, await this.accounts.invite(context, caseId, body));
  }

  @Post('accounts/:accountId/password')
  @HttpCode(200)
  @ApiOperation({ summary: "Set an account's password (administrators)" })
  @ApiCommandResponse()
  async password(@Param('accountId', accountIdPipe) accountId: string, @Body() body: PasswordDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandAcceptedDto> {
    return accepted(reply, await this.accounts.changePassword(context, accountId, body.password));
  }

  @Post('accounts/:accountId/secret-rotation')
  @HttpCode(200)
  @ApiOperation({ summary: "Replace a service account's client secret; the new one is shown once (administrators)" })
  @ApiCommandResponse(SecretRotatedDto)
  async rotate(@Param('accountId', accountIdPipe) accountId: string, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SecretRotatedDto> {
    reply.header('cache-control', 'no-store');
    return accepted(reply, await this.accounts.rotateSecret(context, accountId));
  }

  @Post('accounts/:accountId/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an account: it signs in no more (administrators)' })
  @ApiCommandResponse()
  async close(@Param('accountId', accountIdPipe) accountId: string, @Body() body: CloseAccountDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandAcceptedDto> {
    return accepted(reply, await this.accounts.close(context, accountId, body.reason));
  }
}
