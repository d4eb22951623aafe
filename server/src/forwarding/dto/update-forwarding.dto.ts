import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUrl, MaxLength, MinLength, ValidateIf } from 'class-validator';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const urlMessage = (field: string) => `${field} must be an http(s) URL / ${field} 必须是 http(s) 地址`;

/** Changes to an app's forwarding settings; an absent field stays as it is, null clears it. */
export class UpdateForwardingDto {
  @ApiPropertyOptional({ description: 'Forward collected events to reportUrl' })
  @IsOptional()
  @IsBoolean()
  reportEnabled?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://zhls.qq.com/api/report' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsUrl(URL_OPTIONS, { message: urlMessage('reportUrl') })
  @MaxLength(2000)
  reportUrl?: string | null;

  @ApiPropertyOptional({ description: 'Forward accepted data API calls to dataApiBaseUrl' })
  @IsOptional()
  @IsBoolean()
  dataApiEnabled?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://zhls.qq.com' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsUrl(URL_OPTIONS, { message: urlMessage('dataApiBaseUrl') })
  @MaxLength(2000)
  dataApiBaseUrl?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The merchant's real Youshu app_id" })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @MinLength(1, { message: 'youshuAppId must not be empty / youshuAppId 不能为空' })
  @MaxLength(200)
  youshuAppId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The merchant's real Youshu app_secret; stored encrypted, never returned",
  })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @MinLength(1, { message: 'youshuAppSecret must not be empty / youshuAppSecret 不能为空' })
  @MaxLength(500)
  youshuAppSecret?: string | null;
}
