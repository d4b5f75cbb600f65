import type { HeaderLine } from '../shared/types';
import { useI18n } from './i18n';

export function HeaderTable({ headers, testId }: { headers: HeaderLine[]; testId: string }) {
  const { t } = useI18n();
  if (!headers.length) return <p class="notice">{t('noHeaders')}</p>;
  return (
    <table class="headers" data-testid={testId}>
      <tbody>
        {headers.map((h, i) => (
          <tr key={`${h.name}-${i}`}>
            <th>{h.name}</th>
            <td>{h.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
