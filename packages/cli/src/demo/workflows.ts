import { apivideoWorkflow } from './apivideo-workflow.js';
import { genaiWorkflow } from './genai-workflow.js';
import { hesedvidWorkflow } from './hesedvid-workflow.js';
import { scriptixWorkflow } from './scriptix-workflow.js';
import { viddyscribeWorkflow } from './viddyscribe-workflow.js';
import type { Workflow } from './workflow.js';

/** Every provider's demo workflow, in the order the demo runs them. */
export const workflows: Workflow[] = [viddyscribeWorkflow, hesedvidWorkflow, scriptixWorkflow, apivideoWorkflow, genaiWorkflow];
