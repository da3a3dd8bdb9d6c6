import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge';
import { BRIDGE_GLOBAL, type PageFile } from './contract/api';
import { commandNames } from './contract/commands';
import { eventNames } from './contract/event-schemas';

// Sandboxed preload, bundled to one CommonJS file (no npm require at runtime). It only wires
// the contract's names to ipcRenderer; all logic is in bridge.ts, tested without Electron.
// webUtils.getPathForFile replaces File.path (removed in Electron 32) for drops and file inputs.
const getPathForFile = (file: PageFile): string => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge({ ipc: ipcRenderer, commandNames, eventNames, getPathForFile }));
