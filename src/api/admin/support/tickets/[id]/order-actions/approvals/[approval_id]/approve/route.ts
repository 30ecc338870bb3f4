import { approveRefundWorkflow } from "../../../../../../../../../workflows"
import { decideRefundApprovalRoute } from "../../../helpers"

export const POST = decideRefundApprovalRoute(approveRefundWorkflow)
