import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';
import { BRIDGE_GLOBAL } from './contract/api';
import { commandNames } from './contract/commands';
import { eventNames } from './contract/event-schemas';

// Sandboxed preload, bundled to one CommonJS file (no npm require at runtime). It only wires
// the contract's names to ipcRenderer; all logic is in bridge.ts, tested without Electron.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge({ ipc: ipcRenderer, commandNames, eventNames }));
