// The join lock as the console tells it. The contract lets a join that began within 5 s after the lock land (rest.md,
// join rule 2: a player who pressed Join just before the lock is not turned away). So for those seconds the console
// says that joins in flight may still land, and only then that nobody new can join.

import { $, setText } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

export const JOIN_LOCK_GRACE_MS = 5000;

const inFlight = (seconds) => t('host.joinInFlight', { count: seconds });

export class JoinLockStatus {
  constructor() {
    this.lockedAt = null; // the lock's time on the server's clock (ms), while locked
    this.graceEndsAt = 0; // on this page's monotonic clock
  }

  /**
   * @param locked whether joining is locked
   * @param lockedAt the server's join_locked_at / locked_at
   * @param justNow the lock was seen as it happened (the lock's answer or its notice): its grace ends at most
   *   5 s from now. Otherwise (a page opened later) the grace left is measured against this device's clock.
   */
  show(locked, lockedAt, justNow = false) {
    clearTimeout(this.timer);
    const button = $('#lock-button');
    button.textContent = t(locked ? 'host.unlockJoining' : 'host.lockJoining');
    button.dataset.locked = String(locked);
    if (!locked) {
      this.lockedAt = null;
      setText('#lock-status', t('host.joinOpen'));
      return;
    }
    const at = lockedAt ? Date.parse(lockedAt) : NaN;
    // the same lock again (its answer and its notice, or a repeated lock) keeps the grace it had
    if (at !== this.lockedAt) {
      this.lockedAt = at;
      const left = justNow ? JOIN_LOCK_GRACE_MS : Math.min(JOIN_LOCK_GRACE_MS, at + JOIN_LOCK_GRACE_MS - Date.now());
      this.graceEndsAt = performance.now() + (Number.isNaN(left) ? 0 : Math.max(0, left));
    }
    this.render();
  }

  render() {
    const left = this.graceEndsAt - performance.now();
    if (left <= 0) {
      setText('#lock-status', t('host.joinLocked'));
      return;
    }
    setText('#lock-status', inFlight(Math.ceil(left / 1000)));
    this.timer = setTimeout(() => this.render(), left);
  }
}
