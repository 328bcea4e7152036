import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { createTranslator, DEFAULT_LOCALE, type Translate } from "../i18n/translate";

export const TranslateContext = createContext<Translate>(createTranslator(DEFAULT_LOCALE));

/** The agent's translator; every visible string goes through it. */
export const useT = () => useContext(TranslateContext);
