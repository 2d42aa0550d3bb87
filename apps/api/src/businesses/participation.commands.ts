import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandOutcome, CommandProcessor } from '@pdr/application';
import { type BusinessCommand, businessDecider, businessStream } from '@pdr/procedures';
import type { BeginParticipationDto, RecordLapseDto, RenewParticipationDto } from './participation.dto';

/** A change to a business's participation: which one, on which business, by whom, on which revision (If-Match). */
abstract class ParticipationCommand<TBody> extends Command<CommandOutcome> {
  constructor(
    readonly businessId: string,
    readonly body: TBody,
    readonly context: CommandContext,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

export class BeginParticipationCommand extends ParticipationCommand<BeginParticipationDto> {}
export class RenewParticipationCommand extends ParticipationCommand<RenewParticipationDto> {}
export class RecordLapseCommand extends ParticipationCommand<RecordLapseDto> {}

function processOn(processor: CommandProcessor, request: ParticipationCommand<unknown>, command: (issuedAt: string) => BusinessCommand): Promise<CommandOutcome> {
  const { businessId, context, expectedRevision } = request;
  return processor.process({ streamId: businessStream(businessId), decider: businessDecider, context, command, ...(expectedRevision === undefined ? {} : { expectedRevision }) });
}

@CommandHandler(BeginParticipationCommand)
export class BeginParticipationHandler implements ICommandHandler<BeginParticipationCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute(request: BeginParticipationCommand): Promise<CommandOutcome> {
    return processOn(this.processor, request, (issuedAt) => ({ kind: 'BeginParticipation', businessId: request.businessId, ...request.body, issuedAt }));
  }
}

@CommandHandler(RenewParticipationCommand)
export class RenewParticipationHandler implements ICommandHandler<RenewParticipationCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute(request: RenewParticipationCommand): Promise<CommandOutcome> {
    return processOn(this.processor, request, (issuedAt) => ({ kind: 'RecordParticipationRenewal', businessId: request.businessId, ...request.body, issuedAt }));
  }
}

@CommandHandler(RecordLapseCommand)
export class RecordLapseHandler implements ICommandHandler<RecordLapseCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute(request: RecordLapseCommand): Promise<CommandOutcome> {
    return processOn(this.processor, request, (issuedAt) => ({ kind: 'RecordParticipationLapse', businessId: request.businessId, ...request.body, issuedAt }));
  }
}
