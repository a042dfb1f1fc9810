import { defineBrowserTestConfig } from '../../vitest.browser.shared.js';

export default defineBrowserTestConfig();
