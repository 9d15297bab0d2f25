/** The chosen language and its lookup, for every component of the pane. */
import { createContext, useContext } from 'react';
import { translator, type Lang, type Translate } from './t';

export interface TextValue {
  readonly lang: Lang;
  readonly t: Translate;
}

export const TextContext = createContext<TextValue>({ lang: 'ja', t: translator('ja') });

export function useText(): TextValue {
  return useContext(TextContext);
}
