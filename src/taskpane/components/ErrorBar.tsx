/**
 * An error in the catalogue's words (AddinError → office.<code>, EvaluationError → error.<code>), with the way
 * out: a button that opens Settings where the fix is there, or the caller's own action (Reload).
 * @jsxRuntime automatic
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorText } from '../error-text';
import { useText } from '../text-context';
import type { UiKey } from '../../core/messages-ui';

export interface ErrorBarProps {
  readonly error: unknown;
  readonly title?: UiKey;
  readonly onOpenSettings?: () => void;
  readonly onDismiss?: () => void;
  /** A further way out, such as Reload after a revision conflict. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
  /** The button that does it again, named where the message says to press it again (else Evaluate). */
  readonly retry?: string;
}

export function ErrorBar({ error, title = 'ui.error.title', onOpenSettings, onDismiss, action, retry }: ErrorBarProps): JSX.Element {
  const { lang, t } = useText();
  const described = errorText(lang, error, retry);
  const showSettings = described.opensSettings && onOpenSettings !== undefined;
  // Said aloud assertively through the pane's announcer (LiveRegions). No `politeness` prop: Fluent (9.x) reads
  // any given value as "polite"; an error MessageBar without one is assertive.
  return (
    <MessageBar intent="error" layout="multiline" data-error-key={described.key}>
      <MessageBarBody>
        <MessageBarTitle>{t(title)}</MessageBarTitle>
        <span>{described.text}</span>
        {described.hint && <span> {described.hint}</span>}
      </MessageBarBody>
      {(showSettings || onDismiss || action) && (
        <MessageBarActions>
          {action && <Button appearance="primary" onClick={action.onClick}>{action.label}</Button>}
          {showSettings && <Button appearance="primary" onClick={onOpenSettings}>{t('ui.error.openSettings')}</Button>}
          {onDismiss && <Button onClick={onDismiss}>{t('ui.error.dismiss')}</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
