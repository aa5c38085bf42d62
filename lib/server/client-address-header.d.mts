export declare const clientAddressHeader: 'x-accord-client-address';
