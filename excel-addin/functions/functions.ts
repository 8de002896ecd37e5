/**
 * Entry of `functions.js`: registers the LD.* custom functions with Excel. Loaded by the shared
 * runtime page (taskpane.html) and named by the manifest's custom-functions `Script` element.
 */
import { CATALOGUE } from '../../core';
import type { CustomFunctionsApi } from './convert';
import { registerAll } from './wrap';

declare const CustomFunctions: CustomFunctionsApi;

registerAll(CATALOGUE, CustomFunctions);
