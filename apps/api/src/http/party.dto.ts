import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, Length, Matches } from 'class-validator';

export class ComplainantDto {
  @ApiProperty({ example: 'Ada Example' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'ada@example.eu' })
  @IsEmail()
  email!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country where the Personal Data was collected', example: 'DE' })
  @IsISO31661Alpha2()
  country!: string;

  @ApiProperty({ enum: ['data-subject', 'parent-or-guardian'], description: 'BBB-2.2 / VS-5.1' })
  @IsIn(['data-subject', 'parent-or-guardian'])
  filingAs!: 'data-subject' | 'parent-or-guardian';

  @ApiPropertyOptional({ description: 'BCP 47 language tag (BBB-8.9, VS-11.1)', example: 'de' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'preferredLanguage must be a BCP 47 language tag such as "de" or "pt-BR"' })
  preferredLanguage?: string;
}

export class RespondentDto {
  @ApiProperty({ example: 'Acme Analytics Inc.' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiPropertyOptional({ description: "The business's id in the participating-business registry" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  businessId?: string;
}

export class PotentialComplainantDto {
  @ApiProperty({ example: 'Ada Example' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'ada@example.eu' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: 'DE' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;
}
