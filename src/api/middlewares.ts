import { defineMiddlewares, MiddlewareRoute } from "@medusajs/framework/http"
import { adminArticleCategoryRoutesMiddlewares } from "./admin/support/article-categories/middlewares"
import { adminArticleRoutesMiddlewares } from "./admin/support/articles/middlewares"
import { adminCannedReplyRoutesMiddlewares } from "./admin/support/canned-replies/middlewares"
import { adminHeldMailRoutesMiddlewares } from "./admin/support/email/held/middlewares"
import { adminTicketRoutesMiddlewares } from "./admin/support/tickets/middlewares"
import { adminUploadRoutesMiddlewares } from "./admin/support/uploads/middlewares"
import { inboundEmailHookMiddlewares } from "./hooks/support/email/middlewares"
import { storeArticleRoutesMiddlewares } from "./store/support/articles/middlewares"
import { storeTicketAttachmentRoutesMiddlewares } from "./store/support/tickets/[id]/attachments/middlewares"
import { storeTicketRoutesMiddlewares } from "./store/support/tickets/middlewares"
import { storeUploadRoutesMiddlewares } from "./store/support/uploads/middlewares"
import { storeGuestLinkRoutesMiddlewares } from "./store/support/guest-link/middlewares"
import { adminSettingRoutesMiddlewares } from "./admin/support/settings/middlewares"
import { refuseUnstorablePath } from "./utils/refuse-unstorable-path"
import { adminBusinessHoursRoutesMiddlewares } from "./admin/support/business-hours/middlewares"
import { adminSlaPolicyRoutesMiddlewares } from "./admin/support/sla-policies/middlewares"
import { adminCallbackRequestRoutesMiddlewares } from "./admin/support/callback-requests/middlewares"
import { adminOrderActionRoutesMiddlewares } from "./admin/support/tickets/[id]/order-actions/middlewares"
import { adminRuleRoutesMiddlewares } from "./admin/support/rules/middlewares"
import { adminAssignmentGroupRoutesMiddlewares } from "./admin/support/assignment-groups/middlewares"
import { adminAwayRoutesMiddlewares } from "./admin/support/me/away/middlewares"
import { adminPrivacyRoutesMiddlewares } from "./admin/support/privacy/middlewares"
import { storePrivacyRoutesMiddlewares } from "./store/support/privacy/middlewares"
import { storeSurveyRoutesMiddlewares } from "./store/support/surveys/middlewares"
import { adminSurveyRoutesMiddlewares } from "./admin/support/surveys/middlewares"
import { adminCannedEffectivenessRoutesMiddlewares } from "./admin/support/canned-effectiveness/middlewares"
import { adminReportRoutesMiddlewares } from "./admin/support/reports/middlewares"

// Every support route, present and future: path params follow the text rule. Regular
// expressions without captures, so Express has no param to decode (and fail on) before the check;
// the match must end at a segment boundary or Express skips the middleware.
const supportPathMiddlewares: MiddlewareRoute[] = [
  { matcher: /^\/store\/support(?=\/|$)/, middlewares: [refuseUnstorablePath] },
  { matcher: /^\/admin\/support(?=\/|$)/, middlewares: [refuseUnstorablePath] },
]

export default defineMiddlewares({
  routes: [
    ...supportPathMiddlewares,
    ...storeTicketRoutesMiddlewares,
    ...storeTicketAttachmentRoutesMiddlewares,
    ...storeUploadRoutesMiddlewares,
    ...adminTicketRoutesMiddlewares,
    ...adminCannedReplyRoutesMiddlewares,
    ...adminUploadRoutesMiddlewares,
    ...inboundEmailHookMiddlewares,
    ...adminHeldMailRoutesMiddlewares,
    ...storeGuestLinkRoutesMiddlewares,
    ...adminSettingRoutesMiddlewares,
    ...storeArticleRoutesMiddlewares,
    ...adminArticleRoutesMiddlewares,
    ...adminArticleCategoryRoutesMiddlewares,
    ...adminBusinessHoursRoutesMiddlewares,
    ...adminSlaPolicyRoutesMiddlewares,
    ...adminCallbackRequestRoutesMiddlewares,
    ...adminOrderActionRoutesMiddlewares,
    ...adminRuleRoutesMiddlewares,
    ...adminAssignmentGroupRoutesMiddlewares,
    ...adminAwayRoutesMiddlewares,
    ...adminPrivacyRoutesMiddlewares,
    ...storePrivacyRoutesMiddlewares,
    ...storeSurveyRoutesMiddlewares,
    ...adminSurveyRoutesMiddlewares,
    ...adminCannedEffectivenessRoutesMiddlewares,
    ...adminReportRoutesMiddlewares,
  ],
})
