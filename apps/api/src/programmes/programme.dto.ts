import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A programme businesses join, as the public sees it (issue 12). */
export class ProgrammeDto {
  @ApiProperty({ example: 'casro-safe-harbor' }) id!: string;
  @ApiProperty({ example: 'CASRO Safe Harbor Program' }) name!: string;
  @ApiProperty({ example: 'CASRO, with the Council of Better Business Bureaus' }) administrator!: string;
  @ApiProperty({ description: 'The rulebook its complaints follow', example: 'bbb-eu-safe-harbor' }) rulebookId!: string;
  @ApiProperty({ type: [String], description: 'The frameworks a participant self-certifies to, each in good standing separately' }) frameworks!: string[];
  @ApiProperty({ description: 'Whether a business joins through enrolment steps (CASRO-1 to 4) rather than being recorded by staff' }) enrolment!: boolean;
  @ApiPropertyOptional({ description: 'Where the public files a complaint, when the programme has a public complaints page (CASRO-6)', example: '/programmes/casro-safe-harbor/complaints' }) complaintsPage?: string;
  @ApiProperty({ type: [String], description: "The programme's own eligibility conditions, added to its rulebook's (CASRO-5)" }) additionalConditions!: string[];
}

export class ProgrammeListDto {
  @ApiProperty({ type: [ProgrammeDto] }) items!: ProgrammeDto[];
}
