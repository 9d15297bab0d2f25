/**
 * The task pane: Evaluate, Revise targets and Settings over AddinServices, in the language the settings (or Office) choose.
 * @jsxRuntime automatic
 */
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_SETTINGS, type AddinServices, type PlanSettings } from '../office/use-cases';
import { EvaluateView } from './components/EvaluateView';
import { LiveRegions } from './components/LiveRegions';
import { ReviseView } from './components/ReviseView';
import { SettingsView } from './components/SettingsView';
import { sharedRun, type EvaluationRun } from './evaluation-run';
import { translator, type Lang } from './t';
import { TextContext } from './text-context';

export type View = 'evaluate' | 'revise' | 'settings';

export interface AppProps {
  readonly services: AddinServices;
  /** The runtime's shared evaluation (default); tests and the preview give their own. */
  readonly run?: EvaluationRun;
  readonly theme?: Theme;
  readonly initialView?: View;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  main: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
  },
});

export function App({ services, run = sharedRun, theme = webLightTheme, initialView = 'evaluate' }: AppProps): JSX.Element {
  const styles = useStyles();
  const [view, setView] = useState<View>(initialView);
  const [settings, setSettings] = useState<PlanSettings | null>(null);
  const [settingsError, setSettingsError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    services.loadSettings().then(
      (loaded) => live && setSettings(loaded),
      (error: unknown) => {
        if (!live) return;
        setSettingsError(error);
        setSettings(DEFAULT_SETTINGS);
      },
    );
    return () => {
      live = false;
    };
  }, [services]);

  const lang: Lang = settings?.lang ?? services.displayLanguage();
  const text = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = text;

  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);

  /** The settings the next evaluation uses: the loaded ones, or read now if they have not arrived yet. */
  const currentSettings = useCallback(
    () => (settings ? Promise.resolve(settings) : services.loadSettings()),
    [services, settings],
  );

  return (
    <FluentProvider theme={theme} lang={lang} className={styles.root}>
      <TextContext.Provider value={text}>
        <LiveRegions>
          <header className={styles.header}>
            <h1 className={styles.title}>{t('ui.appTitle')}</h1>
            <TabList
              aria-label={t('ui.nav.label')}
              selectedValue={view}
              onTabSelect={(_, data) => setView(data.value as View)}
            >
              <Tab id="ape-tab-evaluate" value="evaluate">{t('ui.tab.evaluate')}</Tab>
              <Tab id="ape-tab-revise" value="revise">{t('ui.tab.revise')}</Tab>
              <Tab id="ape-tab-settings" value="settings">{t('ui.tab.settings')}</Tab>
            </TabList>
          </header>
          <main className={styles.main}>
            <div role="tabpanel" aria-labelledby={`ape-tab-${view}`}>
            {view === 'evaluate' ? (
              <EvaluateView
                services={services}
                run={run}
                settings={currentSettings}
                onOpenSettings={() => setView('settings')}
              />
            ) : view === 'revise' ? (
              <ReviseView services={services} settings={currentSettings} onOpenSettings={() => setView('settings')} />
            ) : (
              <SettingsView
                services={services}
                saved={settings}
                loadError={settingsError}
                onSaved={(next) => {
                  setSettings(next);
                  setSettingsError(null);
                }}
              />
            )}
            </div>
          </main>
        </LiveRegions>
      </TextContext.Provider>
    </FluentProvider>
  );
}
