import { ApiProperty } from '@nestjs/swagger';
import { ConfigDiffDto } from '../../versions/dto/version-diff-response.dto';
import { VersionResponseDto } from '../../versions/dto/version-response.dto';

/** What publishing the draft now would change against a version (usually the live one). */
export class DraftDiffResponseDto {
  @ApiProperty({ type: VersionResponseDto, description: 'The version compared against, with its document' })
  from!: VersionResponseDto;

  @ApiProperty({ example: 7, description: 'The draft revision compared' })
  revision!: number;

  @ApiProperty({ type: ConfigDiffDto })
  changes!: ConfigDiffDto;
}
