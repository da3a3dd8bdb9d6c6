import { contextBridge } from 'electron';

// Sandboxed preload, bundled to one CommonJS file. The typed invoke/on bridge over the contract
// arrives with the desktop-shell issue; until then the page learns only that it runs in Electron.
contextBridge.exposeInMainWorld('adloomShell', { kind: 'electron' as const });
