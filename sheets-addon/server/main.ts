/**
 * What the generated entry file exposes as Apps Script's global functions: the custom functions
 * (one per catalogue entry) and the server functions of the menu and sidebar. Defining them touches
 * no service.
 */
import { CATALOGUE } from '../../core';
import { makeSheetsFunctions } from './functions';
import { onInstall, onOpen, setUpFrameworkFromMenu, showSidebar, sidebarBuildFramework, sidebarContext } from './menu';

export const customFunctions = makeSheetsFunctions(CATALOGUE);

export const server = { onOpen, onInstall, showSidebar, setUpFrameworkFromMenu, sidebarBuildFramework, sidebarContext };
