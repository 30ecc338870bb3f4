import { rejectRefundWorkflow } from "../../../../../../../../../workflows"
import { decideRefundApprovalRoute } from "../../../helpers"

export const POST = decideRefundApprovalRoute(rejectRefundWorkflow)
