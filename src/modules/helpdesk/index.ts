import { Module } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "./domain/constants"
import HelpdeskModuleService from "./service"

export { HELPDESK_MODULE }

export default Module(HELPDESK_MODULE, {
  service: HelpdeskModuleService,
})
