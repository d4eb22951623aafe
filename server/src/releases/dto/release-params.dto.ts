import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { AppidParamDto } from '../../apps/dto/appid-param.dto';
import { RELEASE_ENVS, type ReleaseEnv } from '../release.entity';

export class ReleaseParamsDto extends AppidParamDto {
  @ApiProperty({ enum: RELEASE_ENVS, description: "WeChat's envVersion" })
  @IsIn(RELEASE_ENVS, { message: 'env must be develop, trial or release / 环境 env 必须是 develop、trial 或 release' })
  env!: ReleaseEnv;
}
