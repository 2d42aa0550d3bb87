import { BadRequestException, Controller, Get, Headers, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@pdr/application';
import { ROLES, type Role, type UpcasterRegistry } from '@pdr/event-sourcing';
import { EVENT_STORE, UPCASTERS } from '@pdr/platform';
import { caseTimeline } from './case-timeline';
import { caseIdPipe } from '../../http/case-id.pipe';

@ApiTags('cases')
@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
  ) {}

  @Get()
  @ApiOperation({ summary: "The case's full audit trail: every event with who, when, correlation and causation (Proprietary Information redacted for Parties)" })
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'Who is reading: decides what is redacted' })
  async timeline(@Param('caseId', caseIdPipe) caseId: string, @Headers('x-actor-role') role: string | undefined) {
    if (!role || !(ROLES as readonly string[]).includes(role)) throw new BadRequestException({ message: `header X-Actor-Role must be one of ${ROLES.join(', ')}`, field: 'X-Actor-Role' });
    const entries = await caseTimeline(this.store, this.upcasters, caseId, role as Role);
    if (entries.length === 0) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
    return { caseId, entries };
  }
}
