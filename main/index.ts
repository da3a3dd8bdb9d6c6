// Electron entry: hands over to the shell (single-instance lock first, see app/bootstrap.ts).
// Only main/app imports 'electron'; everything else below main/ is plain Node.
import { bootstrap } from './app/bootstrap';

bootstrap();
