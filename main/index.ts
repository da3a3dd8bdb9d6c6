// Electron entry: nothing but handing over to the shell. Everything below main/app is plain Node.
import { bootstrap } from './app/bootstrap';

bootstrap();
