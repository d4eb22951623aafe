import { DomainError } from '../common/domain-error';

/** Someone saved the draft since the caller read it: reload, merge, save with `currentRevision`. */
export class StaleRevisionError extends DomainError {
  constructor(currentRevision: number) {
    super(
      'conflict',
      'stale_revision',
      `revision: the draft was saved by someone else meanwhile (now at revision ${currentRevision}); reload it / 草稿已被他人修改，请刷新后再保存`,
      { currentRevision },
    );
  }
}
