import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CommandContext, deterministicId } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { KeysetPageOf } from '../http/page-of';
import { ContactDto, ContactRecordedDto } from './contact.dto';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { Context } from '../http/request-context.decorator';
import { GetContactQuery, ListContactsQuery } from './contact-queries.handlers';
import { ListContactsDto } from './list-contacts.dto';
import { RecordContactCommand } from './record-contact.command';
import { RecordContactDto } from './record-contact.dto';

const ContactPage = KeysetPageOf(ContactDto);

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly consistency: ReadConsistency,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a contact from a potential Complainant (BBB-2.1), whether or not it becomes a Case' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCommandResponse(ContactRecordedDto, { status: 201, location: true })
  async record(@Body() body: RecordContactDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ContactRecordedDto> {
    const contactId = context.idempotencyKey ? deterministicId('contact', context.idempotencyKey) : randomUUID();
    const outcome = await this.commands.execute(new RecordContactCommand(contactId, body, context));
    reply.header('etag', `"${outcome.revision}"`).header('location', `/contacts/${contactId}`);
    return { contactId, revision: outcome.revision, position: outcome.position };
  }

  @Get()
  @ApiOperation({ summary: 'Recorded contacts, newest first; page by `cursor` (or `page`), `count=true` adds the total' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(ContactPage)
  async list(@Query() params: ListContactsDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof ContactPage>> {
    await this.consistency.honour(minPosition, reply);
    return this.queries.execute(new ListContactsQuery(params));
  }

  @Get(':contactId')
  @ApiOperation({ summary: 'One contact' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(ContactDto)
  async get(
    @Param('contactId', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ message: 'no contact with that id', field: 'contactId' }) })) contactId: string,
    @Headers(MIN_POSITION_HEADER) minPosition: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactDto> {
    await this.consistency.honour(minPosition, reply);
    const found = await this.queries.execute(new GetContactQuery(contactId));
    if (!found) throw new NotFoundException({ message: `no contact ${contactId}`, field: 'contactId' });
    return found;
  }
}
