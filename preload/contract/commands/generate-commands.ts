import { CostEstimateDto, GenerateInput, GenerateStartedDto } from '../dto/generate-dto';
import { command } from './command-spec';

export const generateCommands = {
  'generate.estimate': command(GenerateInput, CostEstimateDto, 'What a generation request would cost, scene by scene, before anything is paid.'),
  'generate.start': command(GenerateInput, GenerateStartedDto, 'Queues one generation job per scene; progress arrives as job.progress and job.changed.'),
} as const;
