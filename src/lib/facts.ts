/** The facts of a code as labelled values, for the code page's table and the comparison table. */
import { defaultRetry, replyClass, replyGroup, replyKind } from './codes';
import type { CodeData } from './content/schema';
import type { Translate } from '../i18n';

export function factLabels(code: string, data: CodeData, t: Translate) {
  const cls = replyClass(code);
  const group = replyGroup(code);
  return {
    class: cls === 'winsock' ? t('class.winsock') : `${cls}xx — ${t(`class.${cls}`)}`,
    group: group ? `x${group}x — ${t(`group.${group}`)}` : t('group.none'),
    status: t(`status.${data.status}`),
    kind: t(`code.${replyKind(code)}`),
    retry: t(`retry.${data.retry ?? defaultRetry(code)}`),
    next: t(`next.${cls}`),
  };
}
