/**
 * Which column plays which role: one dropdown per role over the sheet's header cells. "Automatic" (the first
 * choice) keeps what detection found and names it; choosing a column stores an override for that role only,
 * so detection stays in charge of the rest. A sheet without a plan header offers no columns: the hint then asks
 * for the plan sheet instead.
 * @jsxRuntime automatic
 */
import { Caption1, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Role } from '../../core/model';
import type { DetectedColumns } from '../../office/use-cases';
import { useText } from '../text-context';

export const ROLES: readonly Role[] = ['id', 'pillar', 'name', 'indicator', 'unit', 'target', 'actual', 'status', 'cause', 'nextSteps'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: tokens.spacingVerticalS },
  // A grid item is as wide as its content by default: a long option ("自動（遅れが生じている要因）") would push the
  // dropdown past its column, and the page past the pane, at widths where two columns fit.
  field: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
});

export interface ColumnRolesProps {
  /** What detection found on the chosen sheet; null when no sheet or header was found. */
  readonly detected: DetectedColumns | null;
  readonly roles: Partial<Record<Role, number>>;
  readonly onChange: (roles: Partial<Record<Role, number>>) => void;
}

export function ColumnRoles({ detected, roles, onChange }: ColumnRolesProps): JSX.Element {
  const styles = useStyles();
  const { t } = useText();
  const columns = detected?.columns ?? [];
  const headerText = (header: string): string => header.trim().replace(/\s+/gu, ' ') || t('ui.settings.noHeaderText');
  const optionText = (index: number): string => {
    const header = columns.find((c) => c.index === index)?.header ?? '';
    return t('ui.settings.columnOption', { n: index + 1, header: headerText(header) });
  };

  const choose = (role: Role, value: string): void => {
    const next = { ...roles };
    if (value === '') delete next[role];
    else next[role] = Number(value);
    onChange(next);
  };

  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>
        <Text weight="semibold">{t('ui.settings.columns')}</Text>
      </legend>
      <Caption1 className={styles.hint}>
        {detected === null
          ? t('ui.settings.noSheet')
          : detected.headerRow === null
            ? t('ui.settings.noHeader')
            : t('ui.settings.columnsHint', { sheet: detected.sheet, row: detected.headerRow })}
      </Caption1>
      {/* Without a header there is nothing to choose from (detection gives the header's cells only): the hint then
          says to choose the plan sheet, and no dropdown offers "automatic" alone. Choices already stored stay
          shown, so they can be put back to automatic. */}
      {(columns.length > 0 || Object.keys(roles).length > 0) && (
        <div className={styles.grid}>
          {ROLES.map((role) => {
            const found = columns.filter((c) => c.role === role).map((c) => headerText(c.header));
            const chosen = roles[role];
            const indexes = columns.map((c) => c.index);
            if (chosen !== undefined && !indexes.includes(chosen)) indexes.push(chosen);
            return (
              <Field key={role} label={t(`ui.role.${role}`)} className={styles.field}>
                <Select className={styles.select} value={chosen === undefined ? '' : String(chosen)} onChange={(_, data) => choose(role, data.value)} data-role={role}>
                  <option value="">{found.length > 0 ? t('ui.settings.roleAuto', { header: found.join(t('ui.listSeparator')) }) : t('ui.settings.roleAutoNone')}</option>
                  {indexes.map((index) => (
                    <option key={index} value={String(index)}>{optionText(index)}</option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
