/**
 * A sidebar section. The sidebar is a list of panels, each a `<section>` with its own heading; later
 * panels (Audit, Summary, Plan, Snapshot) are one more entry in app.ts.
 */
import type { Server, SidebarContext } from '../bridge';

export interface PanelContext {
  readonly server: Server;
  /** What the server said on opening; undefined when it could not be read. */
  readonly context?: SidebarContext;
}

export interface Panel {
  /** Used for element ids: `panel-<id>`. */
  readonly id: string;
  readonly title: string;
  /** Fill the section's body (the heading is already there). */
  render(body: HTMLElement, context: PanelContext): void;
}
