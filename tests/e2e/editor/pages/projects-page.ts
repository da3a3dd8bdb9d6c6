import type { Locator, Page } from 'playwright';

/** The projects home, as a person uses it. */
export class ProjectsPage {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
  }

  card(name: string): Locator {
    return this.page.getByTestId('project-card').filter({ has: this.page.getByRole('button', { name: `Open ${name}`, exact: true }) });
  }

  /** Fills the New project dialog; `beforeCreate` runs with it filled in (e.g. a screenshot). */
  async createProject({ name, platform, aspect, beforeCreate }: { name: string; platform: string; aspect: string; beforeCreate?: () => Promise<void> }): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'New project' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('radio', { name: platform, exact: true }).check();
    await dialog.getByRole('radio', { name: new RegExp(`^${aspect}`) }).check();
    await beforeCreate?.();
    await dialog.getByRole('button', { name: 'Create project' }).click();
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  }
}
