/**
 * What an export does outside the page's own DOM tree: a system notification and a download.
 * Behind an interface so the export logic runs in unit tests, where there is no window.
 */
export interface ExportEffects {
  /** Called inside the click that starts an export: browsers grant the permission only then. */
  askNotifyPermission(): void;
  /** Shows a system notification when allowed; does nothing when denied or unsupported. */
  notify(title: string, body: string): void;
  /** Saves a file from the local server (browser mode). */
  download(url: string, fileName: string): void;
}

const notificationApi = (): typeof Notification | null => (typeof Notification === 'undefined' ? null : Notification);

export const browserEffects: ExportEffects = {
  askNotifyPermission() {
    const api = notificationApi();
    if (api === null || api.permission !== 'default') return;
    // A refusal or an unsupported promise form is not an error: the toast still tells the person.
    void Promise.resolve(api.requestPermission()).catch(() => undefined);
  },
  notify(title, body) {
    const api = notificationApi();
    if (api === null || api.permission !== 'granted') return;
    try {
      new api(title, { body, tag: 'adloom-export' });
    } catch {
      // Some browsers allow notifications only from a service worker; the toast already told the person.
    }
  },
  download(url, fileName) {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
  },
};

let override: ExportEffects | null = null;

export function exportEffects(): ExportEffects {
  return override ?? browserEffects;
}

/** Tests: record effects instead of touching the browser (null restores the real ones). */
export function setExportEffects(effects: ExportEffects | null): void {
  override = effects;
}
