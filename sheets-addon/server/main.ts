/**
 * The server functions of the menu and sidebar that the generated entry file exposes as Apps Script's
 * global functions (the custom functions are in custom-functions.ts). The entry requires this module on
 * the first server call only, so a custom-function call never loads it. Defining them touches no
 * service. The names are declared once, in ui/server-functions.ts.
 */
import type { ServerImplementation } from '../../ui/server-functions';
import { appendSnapshot, auditFramework, insertPlanSheet, insertSummarySheet, planPortfolio, selectCell, sensitivity } from './insights/server';
import { appendLearningRows, appendMappingRows, learningTargets } from './learning/server';
import {
  auditFrameworkFromMenu, insertSummaryFromMenu, onInstall, onOpen, setUpFrameworkFromMenu, showSidebar, sidebarBuildFramework, sidebarContext,
} from './menu';

/** Exactly the server functions declared in ui/server-functions.ts, with the JSON types the sidebar expects. */
export const server: ServerImplementation = {
  onOpen, onInstall, showSidebar, setUpFrameworkFromMenu, auditFrameworkFromMenu, insertSummaryFromMenu, sidebarBuildFramework, sidebarContext,
  auditFramework, selectCell, insertSummarySheet, planPortfolio, insertPlanSheet, appendSnapshot, sensitivity,
  learningTargets, appendLearningRows, appendMappingRows,
};
