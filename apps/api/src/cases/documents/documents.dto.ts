import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsIn, IsString, Length } from 'class-validator';

const PARTIES = ['complainant', 'respondent'] as const;
const SUBMISSIONS = ['position', 'rebuttal', 'reply', 'response'] as const;

export class ProprietaryDesignationDto {
  @ApiProperty({ enum: SUBMISSIONS, description: 'The submission the material belongs to' })
  @IsIn(SUBMISSIONS)
  documentId!: (typeof SUBMISSIONS)[number];

  @ApiProperty({ enum: PARTIES, description: 'The Party that filed the submission (BBB-8.5)' })
  @IsIn(PARTIES)
  party!: (typeof PARTIES)[number];

  @ApiProperty({ description: 'Identifies the material (BBB-8.5)' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiProperty({ description: 'The proprietary text: shown only to the Panelist and to its submitter' })
  @IsString()
  @Length(1, 50000)
  content!: string;

  @ApiProperty({ description: 'The Party affirms the material is not public (BBB-8.5)' })
  @Equals(true)
  affirmation!: true;

  @ApiProperty({ description: 'The non-confidential summary the other Party can respond to (BBB-8.6)' })
  @IsString()
  @Length(1, 5000)
  summary!: string;
}

export class ReturnDesignationDto {
  @ApiProperty({ enum: ['not-proprietary', 'summary-unacceptable'], description: 'BBB-8.5: the CBBB disagrees; BBB-8.6: the summary is unacceptable' })
  @IsIn(['not-proprietary', 'summary-unacceptable'])
  ground!: 'not-proprietary' | 'summary-unacceptable';

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class LanguageAssistanceDto {
  @ApiProperty({ enum: PARTIES })
  @IsIn(PARTIES)
  party!: (typeof PARTIES)[number];

  @ApiProperty({ example: 'de' })
  @IsString()
  @Length(1, 50)
  language!: string;

  @ApiProperty({ enum: ['translation', 'interpretation'] })
  @IsIn(['translation', 'interpretation'])
  kind!: 'translation' | 'interpretation';
}
