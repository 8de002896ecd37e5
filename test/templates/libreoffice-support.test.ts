/** The LibreOffice helper fails loudly, with the install command, rather than letting a test skip. */
import { sofficePath, recalculate } from '../support/libreoffice';

test('a missing soffice is an error that says how to install it', () => {
  expect(() => sofficePath(['/nonexistent/soffice', undefined])).toThrow(/apt-get install -y libreoffice-calc-nogui/);
});

test('soffice is installed on this machine (CI installs it; the workbook tests need it)', () => {
  expect(sofficePath()).toMatch(/soffice$/);
});

test('recalculate refuses a file that does not exist', async () => {
  await expect(recalculate('/nonexistent/book.xlsx')).rejects.toThrow(/does not exist/);
});
