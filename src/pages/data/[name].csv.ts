/** /data/<set>.csv: see dataDownload.ts. */
import { dataDownload, dataSetPaths } from '../../components/sections/dataDownload';

export const getStaticPaths = dataSetPaths;
export const GET = dataDownload('csv');
