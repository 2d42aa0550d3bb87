import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { CalendarProvider, type CommandContext } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { calendarForCase } from '../information-request.commands';
import { NoticeDeliveryDto } from './notice-delivery.dto';
import { caseIdPipe } from '../../http/case-id.pipe';

/** The CBBB's staff record what the courier or mail server reports. */

/** BBB-8.7: when each notice reached its recipient. */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/notices')
export class NoticesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post(':noticeId/delivery')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Record when a notice reached its recipient (BBB-8.7); works on a closed case too. A notice carrying a hearing document whose receipt is awaited records that receipt too, as POST hearing/deliveries does" })
  delivery(
    @Param('caseId', caseIdPipe) caseId: string,
    @Param('noticeId') noticeId: string,
    @Body() body: NoticeDeliveryDto,
    @Context() context: CommandContext,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseCommandAcceptedDto> {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      // The receipt of a document it carried may start a period, counted in the case's calendar.
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
      return (issuedAt) => ({ kind: 'RecordNoticeDelivery', caseId, noticeId, deliveredAt: body.deliveredAt, calendar, issuedAt });
    });
  }
}
