// Components (React 18 / 19). HelpHome, ArticlePage and TicketList render on the server without
// client JavaScript; ArticleFeedback, ContactForm and TicketThread are "use client" components
// that write through the action functions they are given.
export { HelpHome, type HelpHomeProps } from "./components/HelpHome.js"
export { ArticlePage, type ArticlePageProps } from "./components/ArticlePage.js"
export { ArticleFeedback, type ArticleFeedbackProps } from "./components/ArticleFeedback.js"
export { ContactForm, type ContactFormActions, type ContactFormProps } from "./components/ContactForm.js"
export { TicketList, StatusBadge, type TicketListProps } from "./components/TicketList.js"
export { TicketThread, type TicketAccess, type TicketThreadActions, type TicketThreadProps } from "./components/TicketThread.js"
export { callbackInput, defaultCallbackValue, type CallbackValue } from "./components/CallbackFields.js"
export {
  defaultPaths,
  href,
  isActionError,
  type ActionError,
  type ActionResult,
  type CommonProps,
  type HelpPaths,
} from "./components/shared.js"
export { formatDate, formatDay, locales, registerLocale, resolveLocale, translator, type MessageKey, type Messages, type Translate } from "./i18n.js"
export { readTicketToken, HelpdeskApiError } from "./client.js"
export * from "./types.js"
