import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUALIFICATIONS } from '@pdr/procedures';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../http/validators/is-calendar-date';

export class EnrolPanelistDto {
  @ApiProperty({ example: 'Grace Expert' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({ example: 'grace@example.com' })
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'Privacy Counsel LLP', description: 'Current employer (for a sole practitioner, the practice)' })
  @IsString()
  @Length(1, 300)
  employer!: string;

  @ApiPropertyOptional({ type: [String], description: 'Businesses the employer names as its direct competitors (BBB-4.2.1)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  employerCompetitors?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Organisations the Panelist or the employer is affiliated with (BBB-4.2.1)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  affiliations?: string[];

  @ApiPropertyOptional({ enum: QUALIFICATIONS, isArray: true, description: 'Professional qualifications (VS-8.3 names CIPP, CIPM, JD, bar-license)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(QUALIFICATIONS, { each: true })
  qualifications?: string[];

  @ApiProperty({ example: '2026-02-15', description: 'When the confidentiality agreement was signed (YYYY-MM-DD); required to serve (BBB-4.2)' })
  @IsCalendarDate()
  confidentialityAgreementSignedOn!: string;
}
