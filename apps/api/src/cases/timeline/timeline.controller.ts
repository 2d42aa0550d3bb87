import { Controller, Get, Inject, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { EVENT_STORE, UPCASTERS } from '@pdr/platform';
import type { FastifyRequest } from 'fastify';
import { caseViewer } from '../../access/case-access';
import { caseIdPipe } from '../../http/case-id.pipe';
import { caseTimeline } from './case-timeline';
import { ApiReadResponse } from '../../http/api-responses';
import { CaseTimelineDto } from './timeline.dto';

@ApiTags('cases')
@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
  ) {}

  @Get()
  @ApiOperation({ summary: "The case's full audit trail: every event with who, when, correlation and causation; what each reader sees follows the access policy (BBB-4.3.2, BBB-8.5)" })
  @ApiReadResponse(CaseTimelineDto)
  async timeline(@Param('caseId', caseIdPipe) caseId: string, @Req() request: FastifyRequest): Promise<CaseTimelineDto> {
    const entries = await caseTimeline(this.store, this.upcasters, caseId, caseViewer(request.access!));
    if (entries.length === 0) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
    return { caseId, entries };
  }
}
