import { ApiProperty } from '@nestjs/swagger';

export class CommandAcceptedDto {
  @ApiProperty({ type: 'integer', description: 'The stream revision after the command: send it back as If-Match' })
  revision!: number;

  @ApiProperty({ type: 'integer', description: 'Global log position of the last event written; pass as X-Min-Position to read your own write' })
  position!: number;
}
