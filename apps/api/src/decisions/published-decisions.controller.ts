import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { EVENT_STORE, UPCASTERS } from '@pdr/platform';
import { PublishedDecisionQueries } from '@pdr/read-side';
import { ApiReadResponse } from '../http/api-responses';
import { caseIdPipe } from '../http/case-id.pipe';
import { KeysetPagingDto, readingCursor } from '../http/keyset-paging.dto';
import { KeysetPageOf } from '../http/page-of';
import { publishedDecision } from './published-decision';
import { PublishedDecisionDto, PublishedDecisionEntryDto } from './published-decision.dto';

const PublishedDecisionPage = KeysetPageOf(PublishedDecisionEntryDto);

/**
 * BBB-4.6.4 and BBB-7.3: a Respondent that does not agree to take a Decision's corrective action after the Notice of
 * Intent has the Decision made public. VS-15: VeraSafe's Hearing Decisions are public when issued. Anyone may read
 * these; nothing else of a case is public.
 */
@ApiTags('published-decisions')
@Controller('published-decisions')
export class PublishedDecisionsController {
  constructor(
    private readonly published: PublishedDecisionQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Decisions made public (BBB-4.6.4, BBB-7.3; VS-15 Hearing Decisions), newest first; page by `cursor` (or `page`), `count=true` adds the total' })
  @ApiReadResponse(PublishedDecisionPage)
  async list(@Query() paging: KeysetPagingDto): Promise<InstanceType<typeof PublishedDecisionPage>> {
    const { cursor, count } = paging;
    return readingCursor(paging, () => this.published.list({ page: paging.page ?? 1, pageSize: paging.pageSize ?? 25, ...(cursor !== undefined ? { cursor } : {}), ...(count ? { count } : {}) }));
  }

  @Get(':caseId')
  @ApiOperation({ summary: "A published Decision: the Respondent and the Panelist's Decision (BBB-4.6.4) or the Hearing Decisions (VS-15); never anything about the Complainant" })
  @ApiReadResponse(PublishedDecisionDto)
  async get(@Param('caseId', caseIdPipe) caseId: string): Promise<PublishedDecisionDto> {
    const entry = await this.published.find(caseId);
    const found = entry ? await publishedDecision(this.store, this.upcasters, entry) : undefined;
    // The same answer for "no such case" and "not published": whether a case exists is not public.
    if (!found) throw new NotFoundException({ message: `no published Decision for case ${caseId}`, field: 'caseId' });
    return found as PublishedDecisionDto;
  }
}
