import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROGRAMME_IDS } from '@pdr/procedures';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, Length } from 'class-validator';

export class RegisterBusinessDto {
  @ApiProperty({ example: 'Acme Analytics Inc.', description: 'The legal name, as on the Department of Commerce list' })
  @IsString()
  @Length(1, 300)
  legalName!: string;

  @ApiPropertyOptional({ type: [String], example: ['Acme'], description: 'Other names Complainants may use for the business' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ example: 'https://acme.example' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @Length(1, 2000)
  website?: string;

  @ApiPropertyOptional({ enum: ['US'], default: 'US', description: 'Participating Businesses are US organisations' })
  @IsOptional()
  @IsIn(['US'])
  country?: 'US';

  @ApiPropertyOptional({ type: [String], enum: PROGRAMME_IDS, description: 'Programmes the business names (programme ids)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(PROGRAMME_IDS, { each: true })
  programs?: string[];
}
