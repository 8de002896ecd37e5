/** The Office plumbing the pane needs: `Excel.run` and the requirement-set check. */
import type { ExcelHost } from '../builder/build-framework';

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
