/**
 * The suite's `test`: every page a test opens fails the test if the browser
 * reports a Content-Security-Policy violation or an uncaught error.
 */
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        const text = message.text();
        if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) problems.push(text);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, "CSP violations or page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
