import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { findProgramme, type Programme, SHIPPED_PROGRAMMES } from '@pdr/procedures';
import { ApiReadResponse } from '../http/api-responses';
import { ProgrammeDto, ProgrammeListDto } from './programme.dto';

const view = (programme: Programme): ProgrammeDto => ({
  id: programme.id,
  name: programme.name,
  administrator: programme.administrator,
  rulebookId: programme.rulebookId,
  frameworks: [...programme.frameworks],
  enrolment: programme.enrolment !== undefined,
  ...(programme.publicIntake ? { complaintsPage: `/programmes/${programme.id}/complaints` } : {}),
  additionalConditions: (programme.eligibility ?? []).map((condition) => condition.id),
});

/** The programmes this service runs: public information, so a complaint form can name the right one. */
@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  @Get()
  @ApiOperation({ summary: 'The programmes businesses join and the rulebook each one\'s complaints follow (issue 12)' })
  @ApiReadResponse(ProgrammeListDto)
  list(): ProgrammeListDto {
    return { items: SHIPPED_PROGRAMMES.map(view) };
  }

  @Get(':programmeId')
  @ApiOperation({ summary: 'One programme' })
  @ApiReadResponse(ProgrammeDto)
  get(@Param('programmeId') programmeId: string): ProgrammeDto {
    const programme = findProgramme(programmeId);
    if (!programme) throw new NotFoundException({ message: `no programme "${programmeId.slice(0, 60)}"`, field: 'programmeId' });
    return view(programme);
  }
}
